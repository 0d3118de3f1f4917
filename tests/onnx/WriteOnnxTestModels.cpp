// Writes every ONNX test network (OnnxTestModels.h) as a project with seeded
// random weights, and random inputs for it, for check_onnx_runtime.py to export
// with netwright-cli, check and run under onnxruntime:
//   onnx_write_test_models OUTDIR  ->  OUTDIR/NAME.nwproj, NAME.safetensors, NAME.npy
#include "data/NpyFile.h"
#include "io/GraphWeights.h"
#include "io/ProjectFile.h"
#include "io/SafetensorsFile.h"
#include "OnnxTestModels.h"

#include <QDir>

#include <cstdio>
#include <exception>

using namespace nw;
using namespace nwtest;

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: onnx_write_test_models OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    try {
        unsigned seed = 100;
        for (OnnxTestModel& m : onnxTestModels()) {
            CompiledModel c = compileProject(m.project);
            randomizeWeights(c.graph(), seed++);
            const Tensor x = randomInputs(*c.model, c.graph(), 6, seed++);
            const QString project = out.filePath(m.name + QStringLiteral(".nwproj"));
            m.project.weights = Project::defaultWeightsPath(project);
            QString error;
            if (!SafetensorsFile::write(m.project.weights, collectWeights(c.graph()), {}, &error)
                || !ProjectFile::write(project, m.project, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            std::vector<std::size_t> shape(x.shape().begin(), x.shape().end());
            writeNpy(out.filePath(m.name + QStringLiteral(".npy")).toStdString(), shape, x.data());
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
