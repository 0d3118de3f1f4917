#pragma once
// What the Attention dock asks of a run: the attention weights and recurrent
// states of one sample (core/explain's traceSequence) on the graph of the current
// (or last) run, on the TrainingSession's worker thread between batches, as the
// DecisionFieldInspector draws the decision boundary. The sample may change from
// any thread; the run's graph is the worker's alone. Owned by the TrainingSession,
// which schedules the work and posts the traces.
#include "explain/SequenceTrace.h"

#include <QMetaType>
#include <QMutex>

#include <memory>
#include <optional>

namespace nw {

class PreparedProject;
class ProjectTraining;

// A trace on its way to the GUI, and which request it answers.
struct SequenceTraceReport {
    std::shared_ptr<const SequenceTrace> trace;
    quint64 sampleSerial = 0; // the setSample() it was drawn for
    int epoch = 0;            // 0-based epoch being trained when it was drawn
};

class SequenceInspector {
public:
    // Any thread. Disabled, or a sample that does not fit the network, gives no trace.
    void setSample(bool enabled, Tensor sample, quint64 serial);
    bool isEnabled() const;

    // Worker thread only: the run whose graph is inspected, or none.
    void attach(std::shared_ptr<PreparedProject> project, std::shared_ptr<ProjectTraining> training);
    void detach();
    // A sequence network is attached and a trace is wanted.
    bool wantsTrace() const;
    // The trace of the sample on the attached graph; none when not wanted or it failed.
    std::optional<SequenceTraceReport> trace(int epoch) const;

private:
    mutable QMutex m_mutex;
    bool m_enabled = false; // guarded by m_mutex
    std::shared_ptr<const Tensor> m_sample; // guarded by m_mutex
    quint64 m_serial = 0; // guarded by m_mutex
    // Worker thread only.
    std::shared_ptr<PreparedProject> m_project;
    std::shared_ptr<ProjectTraining> m_training;
    bool m_sequential = false;
};

} // namespace nw

Q_DECLARE_METATYPE(nw::SequenceTraceReport)
