/**
 * Cues during the exercise: which live event makes the roller vibrate or light up, and how the
 * hub sends it. {@link org.rollerhub.hub.cues.CuePolicy} is pure (events and device time in,
 * cues out); {@link org.rollerhub.hub.cues.CueDispatcher} sends what it decides over the link,
 * reads the roller's ACKs and reports every cue sent as an event.
 */
package org.rollerhub.hub.cues;
