// ProjectPairFile: a finished save leaves exactly <name>.nwproj naming
// <name>.safetensors, which reads back as written; what a killed save leaves (a
// staging file, a project naming one) opens whole and is tidied by the next save;
// a save that fails leaves the previous pair as it was. The kills themselves are
// tested on the real programs (tests/app/CrashConsistentSaveTest.cpp, tests/gui/WindowCrashTest.cpp).
#include "io/ProjectPairFile.h"

#include "io/ProjectFile.h"
#include "io/SafetensorsFile.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace nw;

namespace {

SafetensorsContents weights(float value)
{
    SafetensorsContents c;
    c.tensors.emplace("fc1.weight", Tensor({ 2, 3 }, std::vector<float>(6, value)));
    c.tensors.emplace("fc1.bias", Tensor({ 2 }, std::vector<float>(2, -value)));
    return c;
}

Project project(const QString& name)
{
    Project p;
    p.name = name;
    return p;
}

QStringList filesIn(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(ProjectPairFile, AFinishedSaveLeavesTheDocumentedPairThatReadsBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("net.nwproj"));
    QString error;
    ASSERT_TRUE(ProjectPairFile::write(path, project(QStringLiteral("first")), weights(1.5f), &error))
        << error.toStdString();
    EXPECT_EQ(filesIn(dir), (QStringList { QStringLiteral("net.nwproj"), QStringLiteral("net.safetensors") }));
    const std::optional<Project> read = ProjectFile::read(path, &error);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->name, QStringLiteral("first"));
    EXPECT_EQ(read->weights, QStringLiteral("net.safetensors"));
    const auto back = SafetensorsFile::read(read->resolvedWeightsPath(path), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->tensors.at("fc1.weight").data()[5], 1.5f);
    EXPECT_EQ(back->tensors.at("fc1.bias").data()[1], -1.5f);

    // Over the first pair: the second replaces both.
    ASSERT_TRUE(ProjectPairFile::write(path, project(QStringLiteral("second")), weights(2.5f), &error));
    EXPECT_EQ(filesIn(dir), (QStringList { QStringLiteral("net.nwproj"), QStringLiteral("net.safetensors") }));
    EXPECT_EQ(ProjectFile::read(path, &error)->name, QStringLiteral("second"));
    EXPECT_EQ(SafetensorsFile::read(dir.filePath(QStringLiteral("net.safetensors")), &error)
                  ->tensors.at("fc1.weight")
                  .data()[0],
        2.5f);
}

TEST(ProjectPairFile, TheStagingNameFollowsTheContent)
{
    EXPECT_EQ(ProjectPairFile::contentDigest(weights(1.0f)), ProjectPairFile::contentDigest(weights(1.0f)));
    EXPECT_NE(ProjectPairFile::contentDigest(weights(1.0f)), ProjectPairFile::contentDigest(weights(1.0001f)));
    SafetensorsContents renamed = weights(1.0f);
    renamed.tensors.emplace("fc2.bias", Tensor({ 1 }, { 0.0f }));
    EXPECT_NE(ProjectPairFile::contentDigest(weights(1.0f)), ProjectPairFile::contentDigest(renamed));
    const QString staging = ProjectPairFile::stagingWeightsPath(QStringLiteral("/x/net.nwproj"), QByteArray(8, '\x1f'));
    EXPECT_EQ(staging, QStringLiteral("/x/net.saving-1f1f1f1f1f1f1f1f.safetensors"));
    EXPECT_TRUE(ProjectPairFile::isStagingWeightsName(
        QStringLiteral("/x/net.nwproj"), QStringLiteral("net.saving-1f1f1f1f1f1f1f1f.safetensors")));
    EXPECT_FALSE(
        ProjectPairFile::isStagingWeightsName(QStringLiteral("/x/net.nwproj"), QStringLiteral("net.safetensors")));
    EXPECT_FALSE(ProjectPairFile::isStagingWeightsName(
        QStringLiteral("/x/net.nwproj"), QStringLiteral("other.saving-1f1f1f1f1f1f1f1f.safetensors")));
}

// A save killed after its project named the staging file (step 2): that pair opens
// whole, and the next save leaves only the documented names.
TEST(ProjectPairFile, WhatAKilledSaveLeftOpensWholeAndTheNextSaveTidiesIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("net.nwproj"));
    QString error;
    const QString staging = ProjectPairFile::stagingWeightsPath(path, ProjectPairFile::contentDigest(weights(3.0f)));
    ASSERT_TRUE(SafetensorsFile::write(staging, weights(3.0f), &error));
    Project half = project(QStringLiteral("half"));
    half.weights = staging;
    ASSERT_TRUE(ProjectFile::write(path, half, &error));
    // An orphan of a save killed even earlier (before its project was replaced).
    const QString orphan = ProjectPairFile::stagingWeightsPath(path, QByteArray(8, '\x42'));
    ASSERT_TRUE(SafetensorsFile::write(orphan, weights(9.0f), &error));

    const std::optional<Project> read = ProjectFile::read(path, &error);
    ASSERT_TRUE(read);
    EXPECT_EQ(SafetensorsFile::read(read->resolvedWeightsPath(path), &error)->tensors.at("fc1.weight").data()[0], 3.0f);

    ASSERT_TRUE(ProjectPairFile::write(path, project(QStringLiteral("next")), weights(4.0f), &error));
    EXPECT_EQ(filesIn(dir), (QStringList { QStringLiteral("net.nwproj"), QStringLiteral("net.safetensors") }));
}

TEST(ProjectPairFile, AFailedSaveLeavesThePreviousPairAndNoStagingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("net.nwproj"));
    QString error;
    ASSERT_TRUE(ProjectPairFile::write(path, project(QStringLiteral("first")), weights(1.0f), &error));
    const QByteArray projectBefore = readAll(path);
    const QByteArray weightsBefore = readAll(dir.filePath(QStringLiteral("net.safetensors")));
    // A graph the project writer refuses: the weights were staged, the project is not written.
    Project broken = project(QStringLiteral("broken"));
    broken.graph = QJsonObject { { QStringLiteral("nodes"), 3 } };
    EXPECT_FALSE(ProjectPairFile::write(path, broken, weights(2.0f), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("net.nwproj"))) << error.toStdString();
    EXPECT_EQ(readAll(path), projectBefore);
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("net.safetensors"))), weightsBefore);
    EXPECT_EQ(filesIn(dir), (QStringList { QStringLiteral("net.nwproj"), QStringLiteral("net.safetensors") }));
}
