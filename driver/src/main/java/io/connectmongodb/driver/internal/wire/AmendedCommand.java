package io.connectmongodb.driver.internal.wire;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * A command plus the top-level fields the session layer adds to it ({@code lsid},
 * {@code txnNumber}, {@code $clusterTime}, concerns...), without copying the command.
 *
 * <p>The result it stands for is: the base command's fields in order without {@code $db}, where a
 * {@link #put} field replaces a same-named one in place (else it is appended), an {@link #append}
 * field removes a same-named one and goes to the end, and a {@link #remove} drops it; then
 * {@code $db} last. {@link OpMsgEncoder} writes exactly that while encoding, so nothing is built
 * per command. Only when someone reads the document as a map (a command listener, a read preference
 * being added) is it materialized once into this document's own map, which from then on is the
 * document (later changes to it are seen by the encoder too).
 *
 * <p>Not thread-safe, like the command it wraps. The base command must not change while this is used.
 */
public final class AmendedCommand extends BsonDocument {
    private static final long serialVersionUID = 1L;
    private static final int MAX_FIELDS = 8;
    private static final byte PUT = 0;
    private static final byte APPEND = 1;
    private static final byte REMOVE = 2;
    private static final String DATABASE = "$db";

    private final transient BsonDocument base;
    private static final int FIRST_CAPACITY = 3;
    private String[] names;
    private BsonValue[] values;
    private byte[] kinds;
    private int count;
    private boolean materialized;

    public AmendedCommand(BsonDocument base) {
        this.base = base;
    }

    /** Sets {@code name}: in place when the base has it, else appended. */
    public AmendedCommand put(String name, BsonValue value, boolean inPlace) {
        return add(name, value, inPlace ? PUT : APPEND);
    }

    /** Adds {@code name} at the end, dropping a same-named base field. */
    public AmendedCommand append(String name, BsonValue value) {
        return add(name, value, APPEND);
    }

    /** Drops {@code name} from the base. */
    public AmendedCommand removeField(String name) {
        return add(name, null, REMOVE);
    }

    private AmendedCommand add(String name, BsonValue value, byte kind) {
        if (materialized) {
            throw new IllegalStateException("fields are added before the command is read as a map");
        }
        if (count == MAX_FIELDS) {
            throw new IllegalStateException("more than " + MAX_FIELDS + " added fields");
        }
        if (indexOf(name) >= 0) {
            throw new IllegalStateException("the field '" + name + "' was already added");
        }
        if (names == null || count == names.length) {
            grow();
        }
        names[count] = name;
        values[count] = value;
        kinds[count] = kind;
        count++;
        return this;
    }

    /** Room for more added fields: most commands get at most three (lsid, $clusterTime, txnNumber). */
    private void grow() {
        int capacity = names == null ? FIRST_CAPACITY : MAX_FIELDS;
        names = names == null ? new String[capacity] : java.util.Arrays.copyOf(names, capacity);
        values = values == null ? new BsonValue[capacity] : java.util.Arrays.copyOf(values, capacity);
        kinds = kinds == null ? new byte[capacity] : java.util.Arrays.copyOf(kinds, capacity);
    }

    /** Whether this document was read as a map and is now held in its own map. */
    boolean isMaterialized() {
        return materialized;
    }

    BsonDocument base() {
        return base;
    }

    int addedCount() {
        return count;
    }

    String addedName(int index) {
        return names[index];
    }

    BsonValue addedValue(int index) {
        return values[index];
    }

    /** Whether the added field at {@code index} replaces a same-named base field where it stands. */
    boolean replacesInPlace(int index) {
        return kinds[index] == PUT;
    }

    boolean removes(int index) {
        return kinds[index] == REMOVE;
    }

    /** The added field named {@code name}, or -1. */
    int indexOf(String name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private BsonDocument whole() {
        if (!materialized) {
            materialized = true;
            BsonValue database = null;
            boolean[] used = new boolean[count];
            for (Map.Entry<String, BsonValue> field : base.entrySet()) {
                String name = field.getKey();
                if (name.equals(DATABASE)) {
                    database = field.getValue();
                    continue;
                }
                int added = indexOf(name);
                if (added < 0) {
                    super.put(name, field.getValue());
                } else if (kinds[added] == PUT) {
                    super.put(name, values[added]);
                    used[added] = true;
                }
            }
            for (int i = 0; i < count; i++) {
                if (!used[i] && kinds[i] != REMOVE) {
                    super.put(names[i], values[i]);
                }
            }
            if (database != null) {
                super.put(DATABASE, database);
            }
        }
        return this;
    }

    // cheap answers for what the connection asks of every command, without materializing

    @Override
    public String getFirstKey() {
        if (!materialized && !base.isEmpty()) {
            String first = base.getFirstKey();
            int added = indexOf(first);
            if (!first.equals(DATABASE) && (added < 0 || kinds[added] == PUT)) {
                return first;
            }
        }
        whole();
        return super.getFirstKey();
    }

    @Override
    public boolean containsKey(Object key) {
        if (materialized) {
            return super.containsKey(key);
        }
        if (key instanceof String name) {
            int added = indexOf(name);
            if (added >= 0) {
                return kinds[added] != REMOVE;
            }
        }
        return base.containsKey(key);
    }

    @Override
    public boolean isEmpty() {
        if (!materialized) {
            for (int i = 0; i < count; i++) {
                if (kinds[i] != REMOVE) {
                    return false;
                }
            }
        }
        whole();
        return super.isEmpty();
    }

    // everything else reads the materialized map

    @Override
    public int size() {
        whole();
        return super.size();
    }

    @Override
    public boolean containsValue(Object value) {
        whole();
        return super.containsValue(value);
    }

    @Override
    public BsonValue get(Object key) {
        whole();
        return super.get(key);
    }

    @Override
    public BsonValue put(String key, BsonValue value) {
        whole();
        return super.put(key, value);
    }

    @Override
    public BsonValue remove(Object key) {
        whole();
        return super.remove(key);
    }

    @Override
    public void clear() {
        whole();
        super.clear();
    }

    @Override
    public Set<String> keySet() {
        whole();
        return super.keySet();
    }

    @Override
    public Collection<BsonValue> values() {
        whole();
        return super.values();
    }

    @Override
    public Set<Map.Entry<String, BsonValue>> entrySet() {
        whole();
        return super.entrySet();
    }

    @Override
    public BsonDocument clone() {
        whole();
        return super.clone();
    }

    @Override
    public boolean equals(Object other) {
        whole();
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        whole();
        return super.hashCode();
    }
}
