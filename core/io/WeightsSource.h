#pragma once
// Where imported weights come from (transfer learning): another project, whose
// weights file sits beside it (the one its "weights" key names), or any
// .safetensors file (Netwright's own, numpy's, a PyTorch state_dict saved with
// safetensors). Which one a path is follows from its extension. What the tensors
// then fit is decided node by node by matchWeights (engine/WeightTransfer.h).
#include "SafetensorsFile.h"

#include <QString>

#include <optional>

namespace nw {

class WeightsSource {
public:
    // The tensors of a .nwproj's weights file or of a .safetensors file. Null with
    // `error` naming the file and the problem: it does not exist, cannot be read or
    // parsed, or is a project without weights. Training checkpoints' optimizer state
    // ("optimizer.*") is left out: it belongs to the run that wrote it.
    static std::optional<SafetensorsContents> read(const QString& path, QString* error);

    static bool isProjectPath(const QString& path);
};

} // namespace nw
