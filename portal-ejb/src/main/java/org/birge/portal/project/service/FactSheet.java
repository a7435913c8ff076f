package org.birge.portal.project.service;

import java.io.Serializable;

/** A project's fact sheet as PDF, with the file name to offer it under. */
public record FactSheet(String fileName, byte[] content) implements Serializable {
}
