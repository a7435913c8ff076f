package org.birge.portal.shared.service;

/**
 * One page of a list as the user asked for it: where it starts, how many rows, and the sort. The sort
 * field is a name the service maps to a column itself, so a request never reaches the query as text.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size < 1 || size > MAX_SIZE) {
            size = Math.min(Math.max(size, 1), MAX_SIZE);
        }
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
