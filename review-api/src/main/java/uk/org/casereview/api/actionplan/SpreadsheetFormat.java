package uk.org.casereview.api.actionplan;

import org.springframework.http.MediaType;

/** The two formats of an action plan, by media type. */
public enum SpreadsheetFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String CSV_VALUE = "text/csv";
    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MediaType mediaType;
    private final String extension;

    SpreadsheetFormat(String mediaType, String extension) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a media type (parameters such as charset ignored), or null when it is neither. */
    public static SpreadsheetFormat of(MediaType type) {
        if (type == null) {
            return null;
        }
        for (SpreadsheetFormat format : values()) {
            if (format.mediaType.equalsTypeAndSubtype(type)) {
                return format;
            }
        }
        return null;
    }

    /** The format a file name's extension says, or null. */
    public static SpreadsheetFormat ofFileName(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (SpreadsheetFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return format;
            }
        }
        return null;
    }
}
