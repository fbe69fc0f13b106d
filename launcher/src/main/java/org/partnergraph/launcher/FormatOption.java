package org.partnergraph.launcher;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --format table|csv|json} for commands whose output is a table. */
final class FormatOption {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class)
    Output.Format format;

    void print(Output output, PrintWriter out) {
        output.print(format, out);
    }

    /**
     * Where a title or note goes: above the table when reading, on stderr with csv and json, so
     * that stdout is exactly the data.
     */
    PrintWriter notes(PrintWriter out, PrintWriter err) {
        return format == Output.Format.TABLE ? out : err;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Output.Format> {
        @Override
        public Output.Format convert(String value) {
            try {
                return Output.Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a format; use table, csv or json");
            }
        }
    }
}
