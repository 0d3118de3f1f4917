#pragma once
// `export --format pytorch`: writes a folder a PyTorch user reads without
// surprise (docs/FORMATS.md): model.py, weights.safetensors, train.py, README.md
// and, unless left out, data/. Everything is written into a staging folder beside
// the target first and moved into place only when all of it succeeded, so a
// failure never leaves a half-written export or harms an earlier one.
#include <QString>
#include <QStringList>

namespace nw {
class PreparedProject;
}

namespace nw::pytorch {

class PyTorchProjectExport {
public:
    struct Options {
        bool includeData = true; // the project must have its data loaded then
    };

    // `project` must compile (isValid()). Returns the files written, relative to
    // `directory`; empty with `error` set (naming the file or node) on failure.
    static QStringList write(
        PreparedProject& project, const QString& directory, const Options& options, QString* error);
};

} // namespace nw::pytorch
