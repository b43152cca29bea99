package org.rollerhub.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.protocol.Button;

/** The roller's button presses reach the pipeline's listener (the hub moves to the next person on a long one). */
class PipelineButtonTest {
    @Test
    void pressesReachTheListenerInOrder() {
        List<Button> presses = new ArrayList<>();
        RollerPipeline pipeline = new RollerPipeline(AnalyticsSettings.defaults(), null, null, new RollerPipeline.Listener() {
            @Override
            public void onButton(Button button) {
                presses.add(button);
            }
        });
        pipeline.onPacket(new Button(1, 1_000, Button.Press.SHORT));
        pipeline.onPacket(new Button(2, 2_000, Button.Press.LONG));
        assertEquals(List.of(Button.Press.SHORT, Button.Press.LONG), presses.stream().map(Button::press).toList());
    }
}
