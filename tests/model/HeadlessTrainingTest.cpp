// The model trains headless: no QApplication, no QCoreApplication, no scene.
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"
#include "engine/TensorBatchSource.h"
#include "engine/ThreadPool.h"
#include "engine/Trainer.h"
#include "model/GraphCompiler.h"
#include "ModelTestSupport.h"

#include <gtest/gtest.h>
#include <QCoreApplication>

using namespace nw;
using namespace nw::test;

TEST(HeadlessTraining, ModelFromTheDocumentLearnsXor)
{
    ASSERT_EQ(QCoreApplication::instance(), nullptr);
    NetworkGraphModel model;
    const QString xavier = QStringLiteral("xavier_uniform");
    addChain(model,
        { { QStringLiteral("Input"), params({ { QStringLiteral("shape"), list({ 2 }) } }) },
            { QStringLiteral("Dense"), params({ { QStringLiteral("units"), 8 }, { QStringLiteral("init"), xavier } }) },
            { QStringLiteral("Tanh"), {} },
            { QStringLiteral("Dense"),
                params({ { QStringLiteral("units"), 2 }, { QStringLiteral("init"), xavier } }) } });

    CompileResult compiled = GraphCompiler().compile(model);
    ASSERT_TRUE(compiled.ok()) << compiled.summary().toStdString();
    std::unique_ptr<Graph> graph = std::move(compiled.graph);
    graph->initialize(1);

    const TensorBatchSource xor4(Tensor({ 4, 2 }, { 0, 0, 0, 1, 1, 0, 1, 1 }), Tensor({ 4 }, { 0, 1, 1, 0 }));
    SoftmaxCrossEntropy loss;
    auto optimizer = makeOptimizer({ .name = "adam" });
    LearningRateSchedule schedule({ .learningRate = 0.05f });
    ThreadPool pool(2);
    TrainerSettings settings;
    settings.epochs = 300;
    settings.batchSize = 4;
    settings.seed = 3;
    Trainer trainer(*graph, loss, *optimizer, schedule, pool, settings);
    const TrainingResult result = trainer.fit(xor4);
    EXPECT_EQ(result.status, TrainingStatus::Completed);
    EXPECT_FLOAT_EQ(trainer.evaluate(xor4).accuracy, 1.0f);
    EXPECT_LT(result.history.back().trainLoss, 0.05f);
}
