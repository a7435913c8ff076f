package org.birge.portal.shared.service;

/**
 * One page of a list as the user asked for it: where it starts, how many rows, the sort, and optionally
 * the key of the last row of the page before it, for lists that seek instead of skipping. The sort
 * field is a name the service maps to a column itself, so a request never reaches the query as text.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Long after) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size < 1 || size > MAX_SIZE) {
            size = Math.min(Math.max(size, 1), MAX_SIZE);
        }
    }

    /**
     * The ORDER BY clause for this request: the column the sort field maps to (the fallback column for an
     * unknown or missing field) in the requested direction, then the tie-breaker so pages never overlap.
     */
    public String orderBy(java.util.Map<String, String> columns, String fallback, String tieBreaker) {
        String column = sortField == null ? fallback : columns.getOrDefault(sortField, fallback);
        return " order by " + column + (ascending ? " asc" : " desc") + ", " + tieBreaker;
    }

    public PageRequest(int first, int size, String sortField, boolean ascending) {
        this(first, size, sortField, ascending, null);
    }

    /**
     * The same page, seeking from the key of the last row of the page before it ({@code after}) instead
     * of skipping rows: a list that supports it reads the next page of a million rows as fast as the first.
     */
    public PageRequest after(Long key) {
        return new PageRequest(first, size, sortField, ascending, key);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
