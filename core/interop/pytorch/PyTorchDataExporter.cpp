#include "PyTorchDataExporter.h"

#include "data/NpyFile.h"
#include "training/PreparedProject.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace nw::pytorch {

namespace {

std::vector<std::size_t> withCount(std::size_t count, const Shape& sample)
{
    std::vector<std::size_t> shape { count };
    for (int d : sample)
        shape.push_back(static_cast<std::size_t>(d));
    return shape;
}

void writePart(const PreparedProject& project, DataPart part, const QString& directory)
{
    const Dataset& data = project.partData(part);
    const std::vector<std::size_t> indices = project.partIndices(part);
    const std::string stem = QDir(directory).filePath(dataPartName(part)).toStdString();
    const std::size_t count = indices.size();

    Tensor inputs, targets;
    if (data.isReconstruction()) {
        // An autoencoder's data: X as the network sees it (noise included, the same
        // noise every epoch, as in Netwright), Y the clean samples. Chunks keep the
        // batch tensors small; the two arrays are the export's size anyway.
        constexpr std::size_t kChunk = 1024;
        std::vector<float> x, y;
        for (std::size_t first = 0; first < count; first += kChunk) {
            const std::vector<std::size_t> chunk(indices.begin() + static_cast<std::ptrdiff_t>(first),
                indices.begin() + static_cast<std::ptrdiff_t>(std::min(count, first + kChunk)));
            data.fillBatch(chunk, inputs, targets);
            x.insert(x.end(), inputs.data(), inputs.data() + inputs.size());
            y.insert(y.end(), targets.data(), targets.data() + targets.size());
        }
        writeNpy(stem + "_x.npy", withCount(count, data.sampleShape()), x.data());
        writeNpy(stem + "_y.npy", withCount(count, data.targetShape()), y.data());
        return;
    }
    if (data.holdsBytes() && !data.hasChannelNormalization()) {
        // Images stay bytes: a quarter of the size, and exactly what was loaded.
        // Normalised images leave as the float32 values the network sees.
        std::vector<std::uint8_t> bytes;
        for (std::size_t i : indices) {
            const auto sample = data.sampleBytes(i);
            bytes.insert(bytes.end(), sample.begin(), sample.end());
        }
        writeNpy(stem + "_x.npy", withCount(count, data.sampleShape()), bytes.data());
    } else {
        data.fillBatch(indices, inputs, targets);
        writeNpy(stem + "_x.npy", withCount(count, data.sampleShape()), inputs.data());
    }
    if (data.task() == TaskKind::Regression) {
        writeNpy(stem + "_y.npy", withCount(count, data.targetShape()), targets.data());
        return;
    }
    std::vector<std::int64_t> labels;
    labels.reserve(count * static_cast<std::size_t>(data.positionCount()));
    for (std::size_t i : indices)
        for (int label : data.positionLabels(i))
            labels.push_back(label);
    writeNpy(stem + "_y.npy", withCount(count, data.targetShape()), labels.data());
}

QJsonObject describe(const PreparedProject& project)
{
    const Dataset& data = project.data();
    QJsonObject info;
    info[QStringLiteral("name")] = QString::fromStdString(data.name());
    info[QStringLiteral("task")] = data.task() == TaskKind::Regression ? QStringLiteral("regression")
        : data.hasPositionLabels()                                     ? QStringLiteral("classification per position")
                                                                       : QStringLiteral("classification");
    // Multiplying X by x_scale gives the values the network was trained on.
    // Reconstruction data leaves as float32 (noisy inputs are no longer bytes), and so
    // do normalised images.
    const bool bytes = data.holdsBytes() && !data.isReconstruction() && !data.hasChannelNormalization();
    info[QStringLiteral("x_scale")] = bytes ? static_cast<double>(data.byteScale()) : 1.0;
    info[QStringLiteral("x_dtype")] = bytes ? QStringLiteral("uint8") : QStringLiteral("float32");
    QJsonArray classes;
    for (const std::string& c : data.classNames())
        classes.append(QString::fromStdString(c));
    info[QStringLiteral("classes")] = classes;
    QJsonObject sizes;
    for (DataPart part : { DataPart::Train, DataPart::Validation, DataPart::Test })
        sizes[dataPartName(part)] = static_cast<qint64>(project.partSize(part));
    info[QStringLiteral("samples")] = sizes;
    return info;
}

} // namespace

bool PyTorchDataExporter::write(const PreparedProject& project, const QString& directory, QString* error)
{
    if (!project.hasData()) {
        *error = QStringLiteral("%1: the project's data is not loaded").arg(project.path());
        return false;
    }
    try {
        for (DataPart part : { DataPart::Train, DataPart::Validation, DataPart::Test })
            writePart(project, part, directory);
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    QSaveFile info(QDir(directory).filePath(QStringLiteral("info.json")));
    if (!info.open(QIODevice::WriteOnly) || info.write(QJsonDocument(describe(project)).toJson()) < 0
        || !info.commit()) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(info.fileName(), info.errorString());
        return false;
    }
    return true;
}

} // namespace nw::pytorch
