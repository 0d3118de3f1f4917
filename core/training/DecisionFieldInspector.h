#pragma once
// What the decision-boundary panels ask of a run: the model's decision field over a
// plane of its 2-D input, and what each unit of one node responds to there. It
// computes on the graph of the current (or last) run, on the TrainingSession's worker
// thread, between batches, so it never races the engine. The settings may change
// from any thread. Owned by the TrainingSession, which schedules the work and posts
// the results.
#include "DecisionField.h"

#include <QMutex>
#include <QRectF>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace nw {

class PreparedProject;
class ProjectTraining;

class DecisionFieldInspector {
public:
    struct Settings {
        bool enabled = false;
        QRectF domain;
        int columns = 64;
        int rows = 64;
    };

    // Any thread. Enabled only with a valid domain and grid.
    void setSettings(Settings settings);
    Settings settings() const;

    // Worker thread only: the run whose graph is inspected, or none.
    void attach(std::shared_ptr<PreparedProject> project, std::shared_ptr<ProjectTraining> training);
    void detach();
    // A 2-D classifier on classification data is attached and fields are wanted.
    bool wantsField() const;
    // The decision field over the settings' domain; none when not wanted or it failed.
    std::optional<DecisionField> field() const;
    // Per unit of `nodeId` (up to 16), over the domain (or [-1, 1]^2 without one);
    // empty when the node gives no flat vector or no 2-D network is attached.
    QVector<DecisionField> neuronFields(const QString& nodeId, int columns, int rows) const;

private:
    mutable QMutex m_mutex;
    Settings m_settings; // guarded by m_mutex
    // Worker thread only.
    std::shared_ptr<PreparedProject> m_project;
    std::shared_ptr<ProjectTraining> m_training;
    bool m_planar = false;
};

} // namespace nw
