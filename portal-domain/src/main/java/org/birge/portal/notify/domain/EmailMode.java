package org.birge.portal.notify.domain;

/** What a person wants by e-mail for one kind of notification: each at once, one digest a day, or none. */
public enum EmailMode {
    SINGLE, DIGEST, OFF
}
