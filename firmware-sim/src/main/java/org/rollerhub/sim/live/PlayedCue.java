package org.rollerhub.sim.live;

import org.rollerhub.protocol.Cue;

/**
 * A CUE a live roller answered with ACK 0 and played.
 *
 * @param atS sim time it arrived, s from the capture's start
 * @param cue the command as received
 * @param corrected whether the virtual user will stop a slide because of it
 */
public record PlayedCue(double atS, Cue cue, boolean corrected) {
}
