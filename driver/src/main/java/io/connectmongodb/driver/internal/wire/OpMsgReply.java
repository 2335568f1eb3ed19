package io.connectmongodb.driver.internal.wire;

import java.util.List;
import org.bson.RawBsonDocument;

/**
 * A decoded OP_MSG. The body and sequence documents are {@link RawBsonDocument}s over the one array
 * the message was read into, so nothing is copied or decoded until a caller reads a field.
 *
 * @param header    the message header
 * @param flags     the flag bits (see {@link OpMsgFlags})
 * @param body      the kind-0 section
 * @param sequences the kind-1 sections, in message order (usually none in replies)
 * @param ok        what the body's {@code ok} field says, found while the body was checked
 */
public record OpMsgReply(MessageHeader header, int flags, RawBsonDocument body, List<ReplySequence> sequences,
                         OkStatus ok) {

    /** Whether the server will send another reply without a request (exhaust). */
    public boolean moreToCome() {
        return OpMsgFlags.isSet(flags, OpMsgFlags.MORE_TO_COME);
    }
}
