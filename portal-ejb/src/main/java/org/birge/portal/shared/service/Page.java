package org.birge.portal.shared.service;

import java.util.List;

/** The rows of one page and how many rows the whole list has. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
