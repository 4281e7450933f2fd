package uk.org.casereview.api.spreadsheet;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * The one way the service writes CSV: Jackson's CSV mapper, dates as yyyy-MM-dd, every text cell neutralised against
 * formula injection ({@link SpreadsheetText}), a cell quoted when it holds a separator, a quote or a line break (so
 * that no text can start a cell of its own). Every CSV writer takes its mapper from here.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    public static CsvMapper mapper() {
        SimpleModule cells = new SimpleModule("spreadsheet-text-cells");
        cells.addSerializer(String.class, new TextCell());
        CsvMapper mapper = CsvMapper.builder()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(cells);
        return mapper;
    }

    private static final class TextCell extends StdSerializer<String> {
        TextCell() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(SpreadsheetText.neutralise(value));
        }
    }
}
