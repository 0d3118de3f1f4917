#pragma once
// The runs of one project, kept in the "runs/" folder beside its file: one folder per
// run, runs/<stem>-<n>/ (run.json, history.csv, history.json, weights.safetensors),
// so several projects can share a folder and still each list only their own runs.
// A run is written under a hidden name and renamed into place: a crash leaves either
// no run or the whole run, and a hidden leftover is never listed.
#include "RunRecord.h"

#include "engine/Tensor.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nw {

class RunStore {
public:
    explicit RunStore(const QString& projectPath);

    // <project's folder>/runs
    QString folder() const { return m_folder; }
    QString runFolder(const QString& id) const;

    // This project's runs in the order they were added. A run that cannot be read is
    // left out, with a message naming its file and the problem in `problems`.
    std::vector<RunRecord> list(QStringList* problems = nullptr) const;
    std::optional<RunRecord> find(const QString& id, QString* error) const;

    // Gives `run` the next id, this project's file name and, when it has none, the
    // name "Run <n>"; then writes it with its final weights. Nothing is left on failure.
    bool add(RunRecord& run, const std::map<std::string, Tensor>& weights, QString* error) const;
    // Gives run `id` another name (run.json rewritten atomically).
    bool rename(const QString& id, const QString& name, QString* error) const;
    // A run's final weights.
    std::optional<std::map<std::string, Tensor>> weights(const QString& id, QString* error) const;

private:
    std::optional<RunRecord> read(const QString& id, QString* error) const;
    // (n, folder name) of the folders named <stem>-<n>, by n.
    std::vector<std::pair<int, QString>> runFolders() const;

    QString m_projectFile; // "spiral.nwproj"
    QString m_stem; // "spiral"
    QString m_folder;
};

} // namespace nw
