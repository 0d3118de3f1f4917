#include "OnnxFile.h"

#include <QFile>
#include <QFileInfo>

#include <onnx/onnx_pb.h>

namespace nw {

namespace {

bool looksLikeModelProto(unsigned char first)
{
    // Field tags of ModelProto (field number << 3 | wire type): ir_version (1, varint),
    // producer_name..doc_string, graph, opset_import, metadata_props, training_info,
    // functions (length-delimited), model_version (5, varint).
    const int field = first >> 3;
    const int wire = first & 7;
    if (field == 1 || field == 5)
        return wire == 0;
    return field >= 2 && field <= 15 && wire == 2;
}

QString checkTensor(const onnx::TensorProto& t)
{
    qint64 elements = 1;
    for (std::int64_t d : t.dims()) {
        if (d < 0)
            return QStringLiteral("initializer '%1' has a negative dimension %2")
                .arg(QString::fromStdString(t.name()))
                .arg(d);
        if (d > 0 && elements > OnnxFile::kMaxTensorElements / d)
            return QStringLiteral("initializer '%1' claims a huge shape (more than %2 values)")
                .arg(QString::fromStdString(t.name()))
                .arg(OnnxFile::kMaxTensorElements);
        elements *= d;
    }
    if (t.data_location() == onnx::TensorProto::EXTERNAL)
        return QStringLiteral("initializer '%1' keeps its data in an external file, which is not supported")
            .arg(QString::fromStdString(t.name()));
    return {};
}

QString checkGraph(const onnx::GraphProto& g)
{
    for (const auto& t : g.initializer())
        if (QString problem = checkTensor(t); !problem.isEmpty())
            return problem;
    for (const auto& node : g.node())
        for (const auto& a : node.attribute())
            if (a.has_t())
                if (QString problem = checkTensor(a.t()); !problem.isEmpty())
                    return problem;
    return {};
}

} // namespace

std::unique_ptr<onnx::ModelProto> OnnxFile::read(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = path + QStringLiteral(": no such file");
        return nullptr;
    }
    if (!info.isFile()) {
        *error = path + QStringLiteral(": not a file");
        return nullptr;
    }
    if (info.size() > kMaxFileSize) {
        *error = path + QStringLiteral(": %1 bytes is larger than an ONNX file can be").arg(info.size());
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot read (") + file.errorString() + QLatin1Char(')');
        return nullptr;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty()) {
        *error = path + QStringLiteral(": the file is empty, not an ONNX model");
        return nullptr;
    }
    if (!looksLikeModelProto(static_cast<unsigned char>(bytes[0]))) {
        *error = path
            + QStringLiteral(": not an ONNX model (it starts with the bytes %1)")
                  .arg(QString::fromLatin1(bytes.left(4).toHex(' ')));
        return nullptr;
    }
    auto model = std::make_unique<onnx::ModelProto>();
    if (!model->ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()))) {
        *error = path + QStringLiteral(": the ONNX data is truncated or damaged (protobuf could not parse it)");
        return nullptr;
    }
    if (!model->has_graph() || model->ir_version() <= 0) {
        *error = path + QStringLiteral(": not an ONNX model (no graph or no IR version)");
        return nullptr;
    }
    if (model->opset_import_size() == 0) {
        *error = path + QStringLiteral(": the model names no operator set (opset_import is empty)");
        return nullptr;
    }
    if (QString problem = checkGraph(model->graph()); !problem.isEmpty()) {
        *error = path + QStringLiteral(": ") + problem;
        return nullptr;
    }
    return model;
}

} // namespace nw
