package org.birge.portal.project.domain;

/** The kinds of cost a budget line can be. */
public enum BudgetCategory {
    WORKS, EQUIPMENT, MATERIALS, SERVICES, STAFF, OTHER
}
