package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.ui.audience.ScreenPlacement;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class ScreenPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1920, 0, 1280, 720);
    private static final Rectangle2D TV = new Rectangle2D(-3840, 0, 3840, 2160);

    @Test
    void withOneScreenTheProjectorViewIsAWindow() {
        assertThat(ScreenPlacement.projectorScreen(List.of(LAPTOP), LAPTOP)).isNull();
    }

    @Test
    void withASecondScreenItGoesThere() {
        assertThat(ScreenPlacement.projectorScreen(List.of(LAPTOP, PROJECTOR), LAPTOP)).isEqualTo(PROJECTOR);
    }

    @Test
    void theLargestOtherScreenWins() {
        assertThat(ScreenPlacement.projectorScreen(List.of(LAPTOP, PROJECTOR, TV), LAPTOP)).isEqualTo(TV);
    }
}
