#include "io/DatasetReference.h"

#include <gtest/gtest.h>
#include <QJsonDocument>

using namespace nw;

TEST(DatasetReference, DefaultsAndRoundTrip)
{
    QString error;
    const auto d = DatasetReference::fromJson({}, &error);
    ASSERT_TRUE(d) << qPrintable(error);
    EXPECT_TRUE(d->spec.isEmpty());
    EXPECT_EQ(d->validationFraction, 0.2);
    EXPECT_EQ(d->testFraction, 0.2);
    EXPECT_EQ(d->splitSeed, 1u);
    EXPECT_TRUE(d->stratified);

    DatasetReference r;
    r.spec = QStringLiteral("toy:spiral?samples=600&noise=0.1&seed=1");
    r.validationFraction = 0.15;
    r.testFraction = 0.0;
    r.splitSeed = 42;
    r.stratified = false;
    const auto back = DatasetReference::fromJson(r.toJson(), &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(*back, r);
    EXPECT_EQ(r.toJson().value(QStringLiteral("spec")).toString(), r.spec);
}

TEST(DatasetReference, RefusesBadValuesNamingThePlace)
{
    const std::pair<const char*, const char*> cases[] = {
        { R"({"spec": 3})", "dataset.spec: must be a string, got the number 3" },
        { R"({"validation_fraction": 1})", "dataset.validation_fraction: must be at least 0 and less than 1, got 1" },
        { R"({"test_fraction": -0.1})", "dataset.test_fraction: must be at least 0 and less than 1, got -0.1" },
        { R"({"validation_fraction": 0.6, "test_fraction": 0.5})",
            "dataset.test_fraction: validation_fraction + test_fraction must be less than 1, got 0.6 + 0.5" },
        { R"({"split_seed": 1.5})", "dataset.split_seed: must be a whole number from 0 to 2^53, got 1.5" },
        { R"({"stratified": null})", "dataset.stratified: must be true or false, got null" },
        { R"({"path": "x.csv"})", "dataset.path: unknown key" },
    };
    for (const auto& [text, expected] : cases) {
        SCOPED_TRACE(text);
        QString error;
        EXPECT_FALSE(DatasetReference::fromJson(QJsonDocument::fromJson(text).object(), &error));
        EXPECT_TRUE(error.startsWith(QString::fromUtf8(expected))) << qPrintable(error);
    }
}
