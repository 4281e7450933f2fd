package uk.org.casereview.projections.readmodel;

import java.util.List;

/** One page of a list: {"items":[...],"total":N,"page":P,"size":S}. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
