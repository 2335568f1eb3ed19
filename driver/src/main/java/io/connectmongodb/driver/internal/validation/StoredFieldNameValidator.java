package io.connectmongodb.driver.internal.validation;

import org.bson.FieldNameValidator;

/**
 * The rules of {@link StoredDocumentValidator}, applied by a BSON writer as it writes each field
 * name, so a stored document is validated during its one encoding instead of in a separate walk:
 * the top level refuses names starting with {@code $}, every level refuses names containing NUL.
 *
 * <p>A bad name throws {@link InvalidName} from {@link #validate}, before the writer emits it. That
 * exception carries no path: building one for every nested name would cost on every document, so
 * the encoder explains a failure afterwards (see {@code StoredDocumentEncoder}). Both instances are
 * stateless and shared.
 */
public final class StoredFieldNameValidator implements FieldNameValidator {
    /** For the top level of a stored document. */
    public static final StoredFieldNameValidator TOP_LEVEL = new StoredFieldNameValidator(true);
    private static final StoredFieldNameValidator NESTED = new StoredFieldNameValidator(false);

    private final boolean topLevel;

    private StoredFieldNameValidator(boolean topLevel) {
        this.topLevel = topLevel;
    }

    @Override
    public boolean validate(String fieldName) {
        if (topLevel && fieldName.startsWith("$") || fieldName.indexOf('\0') >= 0) {
            throw new InvalidName(fieldName);
        }
        return true;
    }

    @Override
    public String getValidationErrorMessage(String fieldName) {
        return "invalid field name '" + fieldName.replace("\0", "\\0") + "'";
    }

    @Override
    public FieldNameValidator getValidatorForField(String fieldName) {
        return NESTED;
    }

    /** A field name a stored document must not have; the encoder turns it into the validator's message. */
    public static final class InvalidName extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidName(String fieldName) {
            super("invalid field name '" + fieldName.replace("\0", "\\0") + "'", null);
        }
    }
}
