package org.birge.portal.shared.service.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One kind of export: the only class a new export needs. The job runner calls {@link #count()} and then
 * {@link #write(OutputStream, ExportProgress)} on a thread of its own, as the user who asked for the export,
 * so every service the source reads applies that user's roles and scope. A source is created by the page
 * (or service) that submits it, holding its filter and the services it reads; it reads its data in
 * pages, never all rows at once.
 */
public interface ExportSource {

    /** A short name of the kind, such as {@code projects} or {@code programme-report} (at most 40 letters). */
    String kind();

    ExportFormat format();

    /** The file name offered to the user, with its extension. */
    String fileName();

    /** The filter in words, kept with the job for the record (may be empty). */
    String describe();

    /** How many units of work (usually rows) the export has; the progress bar's 100%. */
    long count();

    /** Writes the whole file, telling {@code progress} how many units are done as it goes. */
    void write(OutputStream out, ExportProgress progress) throws IOException;
}
