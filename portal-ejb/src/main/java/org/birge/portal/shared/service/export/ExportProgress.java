package org.birge.portal.shared.service.export;

/** Told by a source how far it got, in the units of its {@link ExportSource#count()}. */
@FunctionalInterface
public interface ExportProgress {

    /** {@code units} of the count are written so far (a running total, not an increment). */
    void done(long units);
}
