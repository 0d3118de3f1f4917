#pragma once
// The onnx branch of `netwright-cli export` (ExportCommand parses the options and
// calls it): prepares the project, describes it (class names, input scaling) and
// has core/interop/onnx write MODEL.onnx. Kept apart so the command stays a
// dispatcher and each format has one file.
#include <QString>

namespace nw::cli {

// Returns an ExitCode. `opset` is already checked to be in range.
int exportOnnx(const QString& projectPath, const QString& output, int opset, bool json);

} // namespace nw::cli
