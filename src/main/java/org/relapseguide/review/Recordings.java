package org.relapseguide.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.relapseguide.content.quality.SpeechTimer;

/**
 * espeak-ng's recording of each spoken text, for the review page's Listen: made once per text and voice, and kept in
 * the site's {@code audio/} folder under a hash of both, so a rebuild records only what changed. Its length is the
 * seconds the page shows: espeak-ng at 150 words a minute, as {@code content validate} times answers. Recordings are
 * kept at 11,025 Hz, 8-bit mono (a quarter of espeak-ng's output) to keep the site small enough to send.
 */
final class Recordings {
    static final String FOLDER = "audio";
    /** espeak-ng writes 22,050 Hz 16-bit mono after a 44-byte header (whose length fields are wrong on stdout). */
    private static final int WAV_HEADER = 44;

    private static final int KEPT_RATE = 11_025;

    /** One recording: its file in the site, relative to the site's root, and its length. */
    record Recording(String file, double seconds) {}

    private final Path folder;
    private final boolean available;

    private Recordings(Path folder, boolean available) {
        this.folder = folder;
        this.available = available;
    }

    /** Recordings kept in the site's audio folder; none at all when espeak-ng is not installed. */
    static Recordings in(Path site) {
        return new Recordings(site.resolve(FOLDER), SpeechTimer.available());
    }

    boolean available() {
        return available;
    }

    /**
     * The recording of an SSML body in a voice, made now unless the site already has it.
     *
     * @param voice an espeak-ng voice, or empty for its default
     * @throws IOException when espeak-ng fails
     */
    Recording record(String voice, String ssmlBody) throws IOException {
        String speak = SpeechTimer.speakable(ssmlBody);
        String name = hash(voice + "\u0000" + speak) + ".wav";
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, name, ".part");
            Files.write(partial, smaller(SpeechTimer.wav(voice, speak)));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new Recording(FOLDER + "/" + name, (Files.size(file) - WAV_HEADER) / (double) KEPT_RATE);
    }

    /** espeak-ng's 22,050 Hz 16-bit samples as 11,025 Hz 8-bit ones (each pair averaged), with a correct header. */
    static byte[] smaller(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int samples = Math.max(0, wav.length - WAV_HEADER) / 2;
        int kept = samples / 2;
        ByteBuffer out = ByteBuffer.allocate(WAV_HEADER + kept).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(36 + kept)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(KEPT_RATE)
                .putInt(KEPT_RATE)
                .putShort((short) 1)
                .putShort((short) 8)
                .put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(kept);
        for (int i = 0; i < kept; i++) {
            int a = in.getShort(WAV_HEADER + 4 * i);
            int b = in.getShort(WAV_HEADER + 4 * i + 2);
            out.put((byte) (((a + b) / 2 >> 8) + 128));
        }
        return out.array();
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
