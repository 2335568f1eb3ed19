package io.connectmongodb.jdbc.internal.resultset;

import io.connectmongodb.jdbc.internal.types.ValueReader;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A forward-only, read-only result set streamed from a {@link RowCursor}: only the current row (and at most one row
 * read ahead to learn column types or, for native aggregations, the columns themselves) is held, so memory does not
 * grow with the result size. Column values are located by path in each row document and converted by
 * {@link ValueReader}.
 */
public final class MongoResultSet extends ReadOnlyResultSetBase {

    private final Statement statement;
    private final RowCursor cursor;
    private final String table;
    private List<ResultColumn> columns;
    private Map<String, Integer> indexByLabel;
    private BsonDocument lookahead;
    private BsonDocument current;
    private boolean typesResolved;
    private boolean exhausted;
    private boolean closed;
    private boolean lastWasNull;
    private int row;
    private int fetchSize;
    private CloseListener closeListener;

    /** Told when the result set closes (a statement with {@code closeOnCompletion} closes itself then). */
    @FunctionalInterface
    public interface CloseListener {
        void closed() throws SQLException;
    }

    /**
     * @param statement the statement that produced the rows, or {@code null} (metadata results)
     * @param columns   the columns; empty means "the keys of the first row" (native aggregations and commands)
     * @param table     the collection the rows come from, for metadata, or {@code ""}
     */
    public MongoResultSet(Statement statement, RowCursor cursor, List<ResultColumn> columns, String table, int fetchSize) {
        this.statement = statement;
        this.cursor = cursor;
        this.table = table;
        this.columns = columns.isEmpty() ? null : new ArrayList<>(columns);
        this.fetchSize = fetchSize;
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (exhausted) {
            return false;
        }
        if (lookahead != null) {
            current = lookahead;
            lookahead = null;
        } else {
            current = cursor.next();
        }
        if (current == null) {
            exhausted = true;
            cursor.close();
            return false;
        }
        row++;
        return true;
    }

    private List<ResultColumn> columns() throws SQLException {
        if (columns == null) {
            BsonDocument first = peek();
            List<ResultColumn> fromRow = new ArrayList<>();
            if (first != null) {
                first.forEach((key, value) -> fromRow.add(new ResultColumn(key, List.of(key), null, table, true)));
            }
            columns = fromRow;
        }
        return columns;
    }

    /** Columns without a known type take the type of their value in the first row. */
    private void resolveTypes() throws SQLException {
        if (typesResolved) {
            return;
        }
        typesResolved = true;
        List<ResultColumn> known = columns();
        if (known.stream().allMatch(c -> c.type() != null)) {
            return;
        }
        BsonDocument sample = current != null ? current : peek();
        if (sample == null) {
            return;
        }
        for (int i = 0; i < known.size(); i++) {
            ResultColumn column = known.get(i);
            BsonValue value = DocumentPaths.read(sample, column.path());
            if (column.type() == null && value != null && !value.isNull()) {
                known.set(i, column.withType(value.getBsonType()));
            }
        }
    }

    private BsonDocument peek() throws SQLException {
        if (lookahead == null && current == null && !exhausted) {
            lookahead = cursor.next();
        }
        return current != null ? current : lookahead;
    }

    private BsonValue value(int columnIndex) throws SQLException {
        checkOpen();
        List<ResultColumn> known = columns();
        if (columnIndex < 1 || columnIndex > known.size()) {
            throw new SQLException("Column index " + columnIndex + " is out of range 1.." + known.size(), "07009");
        }
        if (current == null) {
            throw new SQLException(exhausted ? "The result set has no more rows" : "Call next() before reading a row", "24000");
        }
        BsonValue value = DocumentPaths.read(current, known.get(columnIndex - 1).path());
        lastWasNull = value == null || value.isNull() || value.getBsonType() == BsonType.UNDEFINED;
        return lastWasNull ? null : value;
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return lastWasNull;
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? null : ValueReader.string(value);
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value != null && ValueReader.booleanValue(value);
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? 0 : (byte) ValueReader.longValue(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? 0 : (short) ValueReader.longValue(value, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? 0 : (int) ValueReader.longValue(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? 0 : ValueReader.longValue(value, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? 0 : (float) ValueReader.doubleValue(value);
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? 0 : ValueReader.doubleValue(value);
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? null : ValueReader.decimal(value);
    }

    @Override
    @SuppressWarnings("deprecation")
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        BigDecimal value = getBigDecimal(columnIndex);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? null : ValueReader.bytes(value);
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? null : new Date(ValueReader.epochMillis(value));
    }

    @Override
    public Date getDate(int columnIndex, Calendar calendar) throws SQLException {
        return getDate(columnIndex);
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? null : new Time(ValueReader.epochMillis(value));
    }

    @Override
    public Time getTime(int columnIndex, Calendar calendar) throws SQLException {
        return getTime(columnIndex);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        BsonValue value = value(columnIndex);
        return value == null ? null : new Timestamp(ValueReader.epochMillis(value));
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar calendar) throws SQLException {
        return getTimestamp(columnIndex);
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] bytes = getBytes(columnIndex);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new StringReader(text);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        resolveTypes();
        BsonValue value = value(columnIndex);
        return value == null ? null : ValueReader.asColumnType(value, columns().get(columnIndex - 1).type());
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        return getObject(columnIndex);
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        return TypedGetter.get(this, columnIndex, type);
    }

    /** The raw BSON value of a column of the current row ({@code null} when missing or null). */
    public BsonValue getBsonValue(int columnIndex) throws SQLException {
        return value(columnIndex);
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        if (indexByLabel == null) {
            Map<String, Integer> byLabel = new HashMap<>();
            List<ResultColumn> known = columns();
            for (int i = known.size() - 1; i >= 0; i--) {
                byLabel.put(known.get(i).label().toLowerCase(Locale.ROOT), i + 1);
            }
            indexByLabel = byLabel;
        }
        Integer index = indexByLabel.get(columnLabel.toLowerCase(Locale.ROOT));
        if (index == null) {
            throw new SQLException("No column labelled " + columnLabel, "42S22");
        }
        return index;
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        resolveTypes();
        return new MongoResultSetMetaData(List.copyOf(columns()));
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public String getCursorName() throws SQLException {
        throw new java.sql.SQLFeatureNotSupportedException("Named cursors are not supported", "0A000");
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return row == 0 && !exhausted && peek() != null;
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return exhausted && row > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return row == 1 && current != null;
    }

    @Override
    public boolean isLast() throws SQLException {
        throw forwardOnly("isLast");
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return current == null ? 0 : row;
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw forwardOnly("setFetchDirection(" + direction + ")");
        }
    }

    @Override
    public int getFetchDirection() {
        return FETCH_FORWARD;
    }

    /** Takes effect for batches the cursor has not fetched yet when the cursor supports it; recorded otherwise. */
    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("Fetch size must be >= 0, got " + rows, "22023");
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() {
        return fetchSize;
    }

    @Override
    public int getType() {
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() {
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() {
        return CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public Statement getStatement() {
        return statement;
    }

    public void onClose(CloseListener listener) {
        this.closeListener = listener;
    }

    @Override
    public void close() throws SQLException {
        if (!closed) {
            closed = true;
            current = null;
            lookahead = null;
            cursor.close();
            if (closeListener != null) {
                closeListener.closed();
            }
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("The result set is closed", "24000");
        }
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
