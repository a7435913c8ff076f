package org.birge.portal.shared.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;

/**
 * The export of a list: its columns and the service call that reads one page of it, with the same filter
 * and sort as the list on the page. Rows are read page by page ({@link PageRequest#MAX_SIZE} at a time) through
 * the very service method of the list, so the export holds exactly what the list would show to the same
 * user, and never the whole list in memory.
 */
public abstract class TableExport<T> implements ExportSource {

    /** Rows read from the database at once. */
    public static final int CHUNK = PageRequest.MAX_SIZE;

    private final ExportFormat format;
    private final ExportLabels labels;
    private final String sortField;
    private final boolean ascending;

    protected TableExport(ExportFormat format, ExportLabels labels, String sortField, boolean ascending) {
        if (format == ExportFormat.PDF) {
            throw new IllegalArgumentException("A list is exported as CSV or XLSX");
        }
        this.format = Objects.requireNonNull(format, "format");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.sortField = sortField;
        this.ascending = ascending;
    }

    /** The columns, in order. */
    protected abstract List<ExportColumn<T>> columns();

    /** One page of the list as its page reads it. */
    protected abstract Page<T> page(PageRequest request);

    /** The message key of the list's title, for the sheet's name. */
    protected abstract String titleKey();

    @Override
    public ExportFormat format() {
        return format;
    }

    @Override
    public String fileName() {
        return kind() + "-" + java.time.LocalDate.now(TableWriter.KAZAKHSTAN) + "." + format.extension();
    }

    @Override
    public String describe() {
        return "";
    }

    protected ExportLabels labels() {
        return labels;
    }

    protected String text(String key) {
        return labels.text(key);
    }

    protected String text(String prefix, Object value) {
        return labels.text(prefix, value);
    }

    @Override
    public long count() {
        return page(new PageRequest(0, 1, sortField, ascending)).total();
    }

    @Override
    public void write(OutputStream out, ExportProgress progress) throws IOException {
        List<ExportColumn<T>> columns = columns();
        TableWriter writer = TableWriter.of(format, out, text(titleKey()));
        List<String> headers = new ArrayList<>();
        columns.forEach(c -> headers.add(text(c.headerKey())));
        writer.header(new ArrayList<>(columns), headers);
        int first = 0;
        while (true) {
            Page<T> page = page(new PageRequest(first, CHUNK, sortField, ascending));
            for (T row : page.rows()) {
                List<Object> values = new ArrayList<>(columns.size());
                columns.forEach(c -> values.add(c.value().apply(row)));
                writer.row(values);
            }
            first += page.rows().size();
            progress.done(first);
            if (page.rows().size() < CHUNK || first >= page.total()) {
                break;
            }
        }
        writer.finish();
    }
}
