package org.birge.portal.project.service;

import java.io.Serializable;

/** A published course a workflow step can require: its code and title. */
public record CourseChoice(String code, String title) implements Serializable {
}
