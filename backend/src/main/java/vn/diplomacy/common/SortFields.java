package vn.diplomacy.common;

import java.util.Map;

/**
 * The sorts a list allows: API name → entity path (the first is the default), and the entity whose public fields the
 * paths name, so that a cursor can carry and restore the sort key of the last row. A path that is not a field (an
 * expression) still sorts; its cursor then continues by position.
 */
public record SortFields(Class<?> entity, Map<String, String> fields) {}
