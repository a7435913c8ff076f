package org.birge.portal.training.service;

/** A certificate rendered as PDF, with the file name to offer it under. */
public record CertificatePdf(String fileName, byte[] content) {
}
