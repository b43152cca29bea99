/**
 * The firmware simulator: a person exercising on a sensor-equipped foam roller, its sensors, its
 * firmware and its link, producing labelled captures ({@link org.rollerhub.sim.Simulator}) from a
 * seed or a scripted scenario ({@link org.rollerhub.sim.ScenarioFile}).
 *
 * <p>Pipeline: {@link org.rollerhub.sim.ScenarioGenerator} or {@link org.rollerhub.sim.ScenarioFile}
 * → {@link org.rollerhub.sim.Scenario} → {@link org.rollerhub.sim.BodyTimeline} (motion as
 * channels of ramps) → {@link org.rollerhub.sim.RollerDevice} (IMU and pressure models, batching,
 * STATUS, clock) → {@link org.rollerhub.sim.LinkModel} (losses) → bytes; and
 * {@link org.rollerhub.sim.LabelMaker} → {@link org.rollerhub.sim.Labels}.
 */
package org.rollerhub.sim;
