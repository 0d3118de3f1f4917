#include "SequenceInspector.h"

#include "PreparedProject.h"
#include "ProjectTraining.h"

#include <QMutexLocker>

namespace nw {

void SequenceInspector::setSample(bool enabled, Tensor sample, quint64 serial)
{
    auto shared = std::make_shared<const Tensor>(std::move(sample));
    QMutexLocker lock(&m_mutex);
    m_enabled = enabled && shared->size() > 0;
    m_sample = std::move(shared);
    m_serial = serial;
}

bool SequenceInspector::isEnabled() const
{
    QMutexLocker lock(&m_mutex);
    return m_enabled;
}

void SequenceInspector::attach(std::shared_ptr<PreparedProject> project, std::shared_ptr<ProjectTraining> training)
{
    m_sequential = project && training && project->isValid() && hasSequenceLayers(project->graph());
    m_project = std::move(project);
    m_training = std::move(training);
}

void SequenceInspector::detach()
{
    m_project.reset();
    m_training.reset();
    m_sequential = false;
}

bool SequenceInspector::wantsTrace() const
{
    return m_sequential && isEnabled();
}

std::optional<SequenceTraceReport> SequenceInspector::trace(int epoch) const
{
    std::shared_ptr<const Tensor> sample;
    quint64 serial = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_enabled)
            return std::nullopt;
        sample = m_sample;
        serial = m_serial;
    }
    if (!m_sequential || sample->shape() != m_project->graph().inputShape())
        return std::nullopt;
    try {
        SequenceTraceReport report;
        report.trace = std::make_shared<const SequenceTrace>(
            traceSequence(m_project->graph(), m_training->pool(), *sample));
        report.sampleSerial = serial;
        report.epoch = epoch;
        return report;
    } catch (const std::exception& e) {
        qWarning("SequenceInspector: no trace: %s", e.what());
        return std::nullopt;
    }
}

} // namespace nw
