package org.birge.portal.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over a service that pages in the database. The service answers rows and
 * total in one call; the total of the last load is kept so the count the table asks first costs nothing
 * once a page was loaded.
 */
public class PageModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A function the model can keep in a view that is serialised with the session. */
    public interface SerializableFunction<A, R> extends Function<A, R>, Serializable {
    }

    private final SerializableFunction<PageRequest, Page<T>> source;
    private final SerializableFunction<T, String> rowKey;
    private final SerializableFunction<T, Long> seekKey;
    private Long lastTotal;
    private int lastFirst = -1;
    private int lastSize;
    private Long lastKey;
    private String sortField;
    private boolean ascending = true;

    public PageModel(SerializableFunction<PageRequest, Page<T>> source, SerializableFunction<T, String> rowKey) {
        this(source, rowKey, null);
    }

    /**
     * A model of a list that can seek: going to the next page in the default order passes the key of the
     * last row shown ({@code seekKey}), so the service reads from there instead of skipping rows.
     */
    public PageModel(SerializableFunction<PageRequest, Page<T>> source, SerializableFunction<T, String> rowKey,
                     SerializableFunction<T, Long> seekKey) {
        this.source = source;
        this.rowKey = rowKey;
        this.seekKey = seekKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (lastTotal == null) {
            lastTotal = source.apply(PageRequest.of(0, 1)).total();
        }
        return lastTotal.intValue();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
        sortField = request.sortField();
        ascending = request.ascending();
        boolean nextPage = seekKey != null && sort == null && lastKey != null && lastTotal != null
                && first == lastFirst + lastSize && pageSize == lastSize;
        Page<T> page = source.apply(nextPage ? request.after(lastKey) : request);
        lastTotal = page.total();
        lastFirst = first;
        lastSize = pageSize;
        lastKey = seekKey == null || page.rows().isEmpty() ? null : seekKey.apply(page.rows().get(page.rows().size() - 1));
        setRowCount((int) page.total());
        return page.rows();
    }

    /** Forget the total, after a change or a new filter. */
    public void refresh() {
        lastTotal = null;
        lastKey = null;
    }

    /** The field the table was last sorted by (null for the list's own order), for an export in the same order. */
    public String sortField() {
        return sortField;
    }

    public boolean ascending() {
        return ascending;
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        return null;
    }
}
