package org.birge.portal.report.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportProgress;
import org.birge.portal.shared.service.export.ExportSource;

/**
 * The quarterly report as an export job: the page submits it and shows its progress while the report is
 * gathered (step 1 of 2) and written (step 2), then offers the file. The job runs as the project manager
 * who asked, so {@link QuarterlyReportService#generate} checks their role there too.
 */
public final class QuarterlyReportExport implements ExportSource {

    /** Gathering the figures, then writing the file. */
    private static final long STEPS = 2;

    private final QuarterlyReportService reports;
    private final ReportQuarter quarter;
    private final ExportFormat format;
    private final Locale locale;

    public QuarterlyReportExport(QuarterlyReportService reports, ReportQuarter quarter, ExportFormat format,
                                 Locale locale) {
        if (format != ExportFormat.PDF && format != ExportFormat.XLSX) {
            throw new IllegalArgumentException("The report is written as PDF or XLSX, not " + format);
        }
        this.reports = Objects.requireNonNull(reports, "reports");
        this.quarter = Objects.requireNonNull(quarter, "quarter");
        this.format = format;
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The file's name without extension, such as {@code programme-report-2026-Q3}. */
    public static String baseName(ReportQuarter quarter) {
        return "programme-report-" + quarter.year() + "-Q" + quarter.quarter();
    }

    /** Writes {@code report} as PDF or XLSX in the reader's language: the one place both renderers are chosen. */
    public static void render(QuarterlyReport report, ExportFormat format, Locale locale, OutputStream out) {
        if (format == ExportFormat.PDF) {
            new QuarterlyReportPdf().write(report, locale, out);
        } else {
            new QuarterlyReportXlsx().write(report, locale, out);
        }
    }

    @Override
    public String kind() {
        return "programme-report";
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    @Override
    public String fileName() {
        return baseName(quarter) + "." + format.extension();
    }

    @Override
    public String describe() {
        return quarter.label();
    }

    @Override
    public long count() {
        return STEPS;
    }

    @Override
    public void write(OutputStream out, ExportProgress progress) throws IOException {
        progress.done(0);
        QuarterlyReport report = reports.generate(quarter);
        progress.done(1);
        render(report, format, locale, out);
        progress.done(STEPS);
    }
}
