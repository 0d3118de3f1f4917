// ONNX models as `netwright-cli import` and File ▸ Import ▸ ONNX Model… read them:
// the protobuf, initializers (raw and typed data, external data refused),
// operators and the patterns torch.onnx.export writes, down to a project that
// compiles with its weights. Nothing is written: read() is what import does first.
#include "FuzzInputFile.h"

#include "interop/onnx/OnnxImporter.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = nw::fuzz::writeInputFile("input.onnx", data, size);
    QString error;
    const auto imported = nw::OnnxImporter::read(QString::fromStdString(path), &error);
    if (!imported && error.isEmpty())
        __builtin_trap(); // a refusal must say why
    return 0;
}
