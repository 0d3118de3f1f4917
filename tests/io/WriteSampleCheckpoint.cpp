// Writes a small trained checkpoint (the TestNetwork with Adam state) and a JSON
// file of what it holds, for tests/io/check_formats_snippets.py: that script runs
// the Python snippets of docs/FORMATS.md on a file Netwright wrote and compares.
//   io_write_sample <out.safetensors> <expected.json>
#include "io/TrainingState.h"
#include "TestNetwork.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QJsonArray values(const nw::Tensor& t)
{
    QJsonArray a;
    for (std::size_t i = 0; i < t.size(); ++i)
        a.append(static_cast<double>(t[i]));
    return a;
}

QJsonArray dims(const nw::Shape& shape)
{
    QJsonArray a;
    for (int d : shape)
        a.append(d);
    return a;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: io_write_sample <out.safetensors> <expected.json>\n");
        return 2;
    }
    nw::ThreadPool pool(1);
    nw::Graph g = nwtest::makeNetwork(3);
    auto adam = nw::makeOptimizer({ .name = "adam" });
    nwtest::trainSteps(g, *adam, pool, 0, 5);
    const nw::SafetensorsContents contents = nw::collectTrainingState(g, adam.get(), 2);
    QString error;
    if (!nw::SafetensorsFile::write(QString::fromLocal8Bit(argv[1]), contents, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    QJsonObject tensors;
    for (const auto& [name, t] : contents.tensors)
        tensors.insert(QString::fromStdString(name),
            QJsonObject { { QStringLiteral("shape"), dims(t.shape()) }, { QStringLiteral("values"), values(t) } });
    nw::Tensor x({ 2, 4 }, { 0.5f, -1.0f, 0.25f, 2.0f, -0.75f, 0.1f, 1.5f, -2.0f });
    nw::ExecutionContext eval { &pool, false, 0 };
    const nw::Tensor& y = g.forward(x, eval);
    QJsonObject metadata;
    for (auto it = contents.metadata.begin(); it != contents.metadata.end(); ++it)
        metadata.insert(it.key(), it.value());
    const QJsonObject expected { { QStringLiteral("tensors"), tensors }, { QStringLiteral("metadata"), metadata },
        { QStringLiteral("input"), values(x) }, { QStringLiteral("input_shape"), dims(x.shape()) },
        { QStringLiteral("output"), values(y) } };
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(expected).toJson()) < 0) {
        std::fprintf(stderr, "cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
