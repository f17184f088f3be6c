package vn.diplomacy.security;

import java.util.Set;

/** ADMIN ⊃ EDITOR ⊃ VIEWER: a caller holds its own role and every role below it. */
public enum Role {
    ADMIN,
    EDITOR,
    VIEWER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String VIEWER_NAME = "VIEWER";
    /** Managing users and API keys: held by ADMIN users only, never by an API key (a key cannot mint keys). */
    public static final String ACCOUNTS_NAME = "ACCOUNTS";

    public Set<String> granted() {
        return switch (this) {
            case ADMIN -> Set.of(ADMIN_NAME, EDITOR_NAME, VIEWER_NAME);
            case EDITOR -> Set.of(EDITOR_NAME, VIEWER_NAME);
            case VIEWER -> Set.of(VIEWER_NAME);
        };
    }
}
