import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Product categories get an English name (issue #13: English readers saw "FURNITURE · 家具").
 * The categories the demo and the regulations name (DOMAIN §1) are filled in; a category head
 * office added itself keeps null until someone names it, and English readers see its Chinese name.
 */
export class CategoryEnglishName1764700100001 implements MigrationInterface {
  name = 'CategoryEnglishName1764700100001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE product_category ADD COLUMN name_en text;
      UPDATE product_category c SET name_en = known.name_en
        FROM (VALUES ('MOTOR', 'Motor'), ('GENERATOR', 'Generator'), ('PUMP', 'Water pump'), ('FURNITURE', 'Furniture')) AS known (code, name_en)
        WHERE c.code = known.code;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product_category DROP COLUMN name_en;`);
  }
}
