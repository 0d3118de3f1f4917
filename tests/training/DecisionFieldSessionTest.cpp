// The training session's decision fields and unit fields for 2-D classifiers:
// computed on the worker between batches (paced), served while paused and idle,
// never for other projects, and without disturbing training (bit-identical weights).
#include "training/TrainingSession.h"

#include "training/PreparedProject.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <cstring>

using namespace nw;

namespace {

constexpr int kForever = 1'000'000;
const QRectF kPlane(-1.5, -1.5, 3.0, 3.0);

std::shared_ptr<PreparedProject> load(const QString& name)
{
    QString error;
    std::shared_ptr<PreparedProject> p = PreparedProject::load(
        QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/") + name + QStringLiteral(".nwproj"), {}, &error);
    EXPECT_TRUE(p) << error.toStdString();
    return p;
}

DecisionField fieldAt(const QSignalSpy& spy, qsizetype i)
{
    return spy.at(i).at(0).value<DecisionField>();
}

QVector<DecisionField> unitsOf(const QSignalSpy& spy, qsizetype i)
{
    return spy.at(i).at(1).value<QVector<DecisionField>>();
}

} // namespace

TEST(DecisionFieldSession, FieldsArriveDuringSpiralTrainingAndChange)
{
    TrainingSession session;
    session.setDecisionFieldEnabled(true, kPlane, 64, 64);
    QSignalSpy fields(&session, &TrainingSession::decisionFieldReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = kForever }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return fields.size() >= 4; }, 30000));
    const qint64 ms = clock.elapsed();
    session.stop();
    ASSERT_TRUE(finished.wait(10000));

    // Paced: about one per kFieldIntervalMs of training, far fewer than batches.
    EXPECT_LE(fields.size(), ms / TrainingSession::kFieldIntervalMs + 4);
    const DecisionField first = fieldAt(fields, 0);
    const DecisionField last = fieldAt(fields, fields.size() - 1);
    EXPECT_EQ(first.columns, 64);
    EXPECT_EQ(first.rows, 64);
    EXPECT_EQ(first.classes, 2);
    EXPECT_EQ(first.domain, kPlane);
    ASSERT_EQ(first.probabilities.size(), 64 * 64);
    ASSERT_EQ(last.probabilities.size(), 64 * 64);
    double change = 0.0;
    for (int i = 0; i < first.probabilities.size(); ++i)
        change += std::abs(first.probabilities[i] - last.probabilities[i]);
    EXPECT_GT(change / first.probabilities.size(), 0.01) << "the boundary should move while the network learns";
}

TEST(DecisionFieldSession, DisabledOrNotTwoDimensionalMeansNoFields)
{
    {
        TrainingSession session; // 2-D, but nobody asked
        QSignalSpy fields(&session, &TrainingSession::decisionFieldReady);
        QSignalSpy finished(&session, &TrainingSession::finished);
        ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 30 }));
        ASSERT_TRUE(finished.wait(30000));
        QTest::qWait(50);
        EXPECT_EQ(fields.size(), 0);
    }
    TrainingSession session; // iris: 4 features
    session.setDecisionFieldEnabled(true, kPlane, 64, 64);
    QSignalSpy fields(&session, &TrainingSession::decisionFieldReady);
    QSignalSpy units(&session, &TrainingSession::neuronFieldsReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    ASSERT_TRUE(session.start(load(QStringLiteral("iris")), { .epochs = kForever }));
    QTest::qWait(600);
    session.requestNeuronFields(QStringLiteral("fc1"));
    ASSERT_TRUE(units.wait(10000));
    session.stop();
    ASSERT_TRUE(finished.wait(10000));
    QTest::qWait(50);
    EXPECT_EQ(fields.size(), 0);
    EXPECT_TRUE(unitsOf(units, 0).isEmpty());
}

TEST(DecisionFieldSession, UnitFieldsWhilePausedAndWhenIdle)
{
    TrainingSession session;
    session.setDecisionFieldEnabled(true, kPlane, 64, 64);
    QSignalSpy units(&session, &TrainingSession::neuronFieldsReady);
    QSignalSpy batches(&session, &TrainingSession::batchesReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = kForever }));
    ASSERT_TRUE(batches.wait(10000));
    session.pause();
    QTest::qWait(100);
    ASSERT_TRUE(session.isPaused());
    // spiral: fc1 Dense(24) -> act1 Tanh -> ... -> out Dense(2)
    session.requestNeuronFields(QStringLiteral("act1"), 20, 10);
    ASSERT_TRUE(units.wait(10000)) << "a paused run serves the request";
    EXPECT_EQ(units.at(0).at(0).toString(), QStringLiteral("act1"));
    const QVector<DecisionField> act1 = unitsOf(units, 0);
    ASSERT_EQ(act1.size(), 16); // at most 16 of the 24 units
    for (const DecisionField& f : act1) {
        EXPECT_EQ(f.columns, 20);
        EXPECT_EQ(f.rows, 10);
        EXPECT_EQ(f.probabilities.size(), 200);
        EXPECT_EQ(f.domain, kPlane);
    }
    EXPECT_TRUE(session.isPaused());
    session.requestNeuronFields(QStringLiteral("nosuchnode"));
    ASSERT_TRUE(units.wait(10000));
    EXPECT_TRUE(unitsOf(units, 1).isEmpty());

    session.stop();
    ASSERT_TRUE(finished.wait(10000));
    session.requestNeuronFields(QStringLiteral("out"));
    ASSERT_TRUE(units.wait(10000)) << "an idle session answers from the last run's graph";
    EXPECT_EQ(unitsOf(units, units.size() - 1).size(), 2);
}

TEST(DecisionFieldSession, FieldsDoNotChangeTrainingAndCostLittle)
{
    // The same run with and without fields: the same weights, bit for bit, and the
    // time it costs (printed; a 64x64 field every 150 ms is a few percent).
    const auto run = [](bool fields, double* seconds) {
        TrainingSession session;
        if (fields)
            session.setDecisionFieldEnabled(true, kPlane, 64, 64);
        QSignalSpy finished(&session, &TrainingSession::finished);
        QSignalSpy drawn(&session, &TrainingSession::decisionFieldReady);
        QElapsedTimer clock;
        clock.start();
        EXPECT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 2000 }));
        EXPECT_TRUE(finished.wait(120000));
        *seconds = clock.elapsed() / 1000.0;
        QTest::qWait(20);
        std::printf("[ spiral ] 2000 epochs, fields %s: %.3f s, %lld fields\n", fields ? "on " : "off", *seconds,
            static_cast<long long>(drawn.size()));
        return session.weightsSnapshot();
    };
    double off1 = 0, on1 = 0, off2 = 0, on2 = 0;
    const auto plain = run(false, &off1);
    const auto drawn = run(true, &on1);
    run(false, &off2);
    run(true, &on2);
    const double off = std::min(off1, off2), on = std::min(on1, on2);
    std::printf("[ spiral ] slowdown with decision fields: %+.1f%%\n", 100.0 * (on - off) / off);
    ASSERT_EQ(plain.size(), drawn.size());
    for (const auto& [name, tensor] : plain) {
        ASSERT_TRUE(drawn.count(name)) << name;
        const Tensor& other = drawn.at(name);
        ASSERT_EQ(tensor.shape(), other.shape());
        EXPECT_EQ(std::memcmp(tensor.data(), other.data(), tensor.size() * sizeof(float)), 0) << name;
    }
    // No assertion on the times: on two shared cores a parallel compile swings them
    // by more than the fields cost. Measured quiet: +1% to +5%.
}

TEST(DecisionFieldSession, EndOfRunAndResetWeightsBringAField)
{
    TrainingSession session;
    session.setDecisionFieldEnabled(true, kPlane, 32, 32);
    QSignalSpy fields(&session, &TrainingSession::decisionFieldReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 20 }));
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return fields.size() >= 1; }, 5000)) << "the run's final field";
    const qsizetype afterRun = fields.size();
    const DecisionField trained = fieldAt(fields, afterRun - 1);
    ASSERT_TRUE(session.resetWeights());
    ASSERT_TRUE(QTest::qWaitFor([&] { return fields.size() > afterRun; }, 5000));
    const DecisionField initial = fieldAt(fields, fields.size() - 1);
    ASSERT_EQ(initial.probabilities.size(), 32 * 32);
    EXPECT_NE(initial.probabilities, trained.probabilities);
}
