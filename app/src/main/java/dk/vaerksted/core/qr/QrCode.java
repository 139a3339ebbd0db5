package dk.vaerksted.core.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;

/**
 * The modules of a QR code (ZXing), for whoever draws it: the projector, the printed table cards.
 * Error correction level M (15 % of the code may be smudged or covered). The matrix has no quiet
 * zone; leave {@link #QUIET_ZONE} light modules around it when drawing.
 */
public final class QrCode {
    /** The light border a reader needs around the code, in modules. */
    public static final int QUIET_ZONE = 4;

    private final boolean[][] dark;

    private QrCode(boolean[][] dark) {
        this.dark = dark;
    }

    /** The code for a text (a table's link); IllegalArgumentException if it is too long for any QR code. */
    public static QrCode of(String text) {
        try {
            ByteMatrix m = Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y][x] = m.get(x, y) == 1;
                }
            }
            return new QrCode(dark);
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code holds this text: " + e.getMessage(), e);
        }
    }

    /** Modules per side (21 for version 1, 4 more per version). */
    public int size() {
        return dark.length;
    }

    /** Whether the module in column x, row y (from the top left) is dark. */
    public boolean dark(int x, int y) {
        return dark[y][x];
    }
}
