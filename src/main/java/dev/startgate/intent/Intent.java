package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.WorkloadShape;
import java.util.List;

/**
 * What a workload asks for.
 *
 * @param workload the annotated object
 * @param shape its kind
 * @param targets what to wait for, in order
 * @param timing timeout, interval and uptime of its gates
 * @param retry {@code backoffLimit} for the retry option, or null
 * @param phase pre- or post-deploy, or null
 */
public record Intent(
    Resource workload,
    WorkloadShape shape,
    List<Target> targets,
    Timing timing,
    Integer retry,
    Phase phase) {}
