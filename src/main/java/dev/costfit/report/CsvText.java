package dev.costfit.report;

import dev.costfit.units.Numbers;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A table as CSV a spreadsheet reads safely: numbers in plain decimal (52560000, not 5.256E7; 10.512, not
 * 10.511999999999999), and text that a spreadsheet would take for a formula (=, +, -, @, a tab or a carriage return
 * first) neutralised with a leading apostrophe, as OWASP advises against CSV injection.
 */
final class CsvText {

    /** Fifteen significant digits: every digit a double holds for sure, none of its binary noise. */
    private static final MathContext DIGITS = new MathContext(15);

    private CsvText() {
    }

    static String write(Table table) {
        Table safe = Table.create(table.name());
        for (Column<?> column : table.columns()) {
            StringColumn text = StringColumn.create(column.name());
            for (int row = 0; row < column.size(); row++) {
                if (column.isMissing(row)) {
                    text.appendMissing();
                } else if (column instanceof DoubleColumn numbers) {
                    text.append(number(numbers.getDouble(row)));
                } else if (column instanceof StringColumn strings) {
                    text.append(neutral(strings.get(row)));
                } else {
                    text.append(column.getString(row));
                }
            }
            safe.addColumns(text);
        }
        StringWriter out = new StringWriter();
        safe.write().csv(out);
        return out.toString();
    }

    static String number(double value) {
        return new BigDecimal(Numbers.finite(value)).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    static String neutral(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
