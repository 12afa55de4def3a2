package dev.speckitty.sync.fs.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One read of a small product file, never following a symbolic link (clarifications #30), and strict UTF-8. */
final class BoundedReads {

    /** The file holds more bytes than the reader accepts. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(int limit) {
            super("file larger than " + limit + " bytes");
        }
    }

    /** The bytes are not UTF-8; the message names the offset, never the bytes. */
    static final class NotUtf8Exception extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8Exception(int offset) {
            super("invalid UTF-8 at byte offset " + offset);
        }
    }

    private BoundedReads() {
    }

    /**
     * Opens and reads the whole file with {@code NOFOLLOW_LINKS}.
     *
     * @throws java.nio.file.NoSuchFileException when it does not exist
     * @throws TooLargeException when it holds more than {@code limit} bytes
     */
    static byte[] read(Path file, int limit) throws IOException {
        try (InputStream in = Channels.newInputStream(Files.newByteChannel(file,
                StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new TooLargeException(limit);
            }
            return bytes;
        }
    }

    static String utf8(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new NotUtf8Exception(in.position());
        }
        return out.flip().toString();
    }
}
