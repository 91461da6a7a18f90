"use client";
import { Header } from "../layout/Header";
import { useLang } from "../layout/LangProvider";
import styles from "./Sources.module.css";
import { SourcesGrid } from "./SourcesGrid";
import { sourcesText } from "./strings";

export function SourcesPage() {
  const { lang } = useLang();
  const tx = sourcesText(lang);
  return (
    <>
      <Header active="sources" />
      <main className={styles.main}>
        <div className={styles.head}>
          <h1 className={styles.title}>{tx("title")}</h1>
          <span className="panel-sub">{tx("subtitle")}</span>
        </div>
        <SourcesGrid />
      </main>
    </>
  );
}
