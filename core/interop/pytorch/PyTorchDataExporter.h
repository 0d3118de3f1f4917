#pragma once
// Writes a prepared project's data as the PyTorch folder's data/: per part
// (train, validation, test) the inputs X and the targets y as .npy, exactly as
// the engine sees them once scaled: uint8 images stay uint8 and info.json gives
// the scale that turns them into the engine's floats; tabular features are
// already standardised; class ids are int64, regression targets float32.
#include <QString>

namespace nw {
class PreparedProject;
}

namespace nw::pytorch {

class PyTorchDataExporter {
public:
    // Writes data/ files into `directory` (which must exist). False with `error` set
    // when the project has no data or a file cannot be written.
    static bool write(const PreparedProject& project, const QString& directory, QString* error);
};

} // namespace nw::pytorch
