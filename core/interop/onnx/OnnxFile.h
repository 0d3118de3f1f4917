#pragma once
// Reads an ONNX model file, trusting nothing in it: size, the first bytes (an ONNX
// model is a protobuf ModelProto, which starts with one of its field tags), the
// parse itself (truncation), the presence of a graph and an opset, and every
// tensor's dims against its data before anything is allocated from them. Every
// refusal names the file and the problem. Stateless.
#include <QString>

#include <memory>

namespace onnx {
class ModelProto;
}

namespace nw {

class OnnxFile {
public:
    // Larger files are refused before reading: protobuf's own limit is 2 GB.
    static constexpr qint64 kMaxFileSize = 2'000'000'000;
    // A tensor (weight or input) with more elements than this is "huge": refused.
    static constexpr qint64 kMaxTensorElements = 1'000'000'000 / 4;

    static std::unique_ptr<onnx::ModelProto> read(const QString& path, QString* error);
};

} // namespace nw
